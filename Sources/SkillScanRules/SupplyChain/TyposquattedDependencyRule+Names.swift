import SkillScanCore

/// The names typosquatters imitate: widely used packages of each registry (download
/// rankings of PyPI and npm, normalised). A reference list, like the protected skill names;
/// a name on it is never itself reported.
extension TyposquattedDependencyRule {
  static let pypi: Set<String> = [
    "requests", "urllib3", "certifi", "charset-normalizer", "idna", "setuptools", "python-dateutil", "packaging",
    "typing-extensions", "botocore", "boto3", "s3transfer", "numpy", "pandas", "pyyaml", "cryptography", "cffi",
    "pycparser", "attrs", "protobuf", "jmespath", "pip", "wheel", "click", "jinja2", "markupsafe", "pydantic",
    "pydantic-core", "pyasn1", "rsa", "platformdirs", "filelock", "importlib-metadata", "zipp", "colorama", "tqdm",
    "pytz", "tzdata", "six", "google-api-core", "googleapis-common-protos", "grpcio", "aiohttp", "multidict",
    "yarl", "frozenlist", "aiosignal", "async-timeout", "requests-oauthlib", "oauthlib", "pyjwt", "werkzeug",
    "flask", "django", "fastapi", "starlette", "uvicorn", "httpx", "httpcore", "anyio", "sniffio", "h11",
    "beautifulsoup4", "soupsieve", "lxml", "pillow", "matplotlib", "scipy", "scikit-learn", "joblib",
    "threadpoolctl", "sqlalchemy", "greenlet", "psycopg2", "psycopg2-binary", "pymysql", "redis", "pytest",
    "pluggy", "iniconfig", "coverage", "tomli", "toml", "decorator", "wrapt", "docutils", "pygments", "rich",
    "markdown", "openpyxl", "et-xmlfile", "xlrd", "python-docx", "pypdf", "pypdf2", "reportlab", "selenium",
    "playwright", "paramiko", "bcrypt", "pynacl", "psutil", "virtualenv", "distlib", "openai", "anthropic",
    "tiktoken", "transformers", "tokenizers", "huggingface-hub", "safetensors", "torch", "torchvision",
    "tensorflow", "keras", "langchain", "langchain-core", "python-dotenv", "dotenv", "pyopenssl", "websocket-client",
    "websockets", "tenacity", "regex", "chardet", "simplejson", "ujson", "orjson", "marshmallow", "arrow",
    "pendulum", "termcolor", "tabulate", "loguru", "black", "isort", "flake8", "mypy", "pylint", "ruff",
    "gunicorn", "celery", "kombu", "pymongo", "elasticsearch", "google-auth", "google-cloud-storage",
    "azure-core", "azure-storage-blob", "discord-py", "python-telegram-bot", "slack-sdk", "tweepy",
    "opencv-python", "imageio", "networkx", "sympy", "nltk", "spacy", "gensim", "seaborn", "plotly",
    "streamlit", "gradio", "docker", "kubernetes", "ansible", "fabric", "invoke", "jsonschema", "pyproject-hooks",
    "build", "twine", "poetry", "pipenv", "uv", "yt-dlp", "youtube-dl", "pyinstaller", "cython", "numba",
    // Document, media and scraping libraries skills install most often.
    "pdfplumber", "pymupdf", "pdf2image", "pdfminer-six", "python-pptx", "xlsxwriter", "docx2txt", "markdownify",
    "html2text", "feedparser", "pytesseract", "qrcode", "pydub", "moviepy", "ffmpeg-python", "pyperclip",
    "pyautogui", "keyring", "google-generativeai", "replicate", "duckduckgo-search", "trafilatura", "newspaper3k",
  ]

  static let npm: Set<String> = [
    "lodash", "react", "react-dom", "express", "axios", "chalk", "commander", "debug", "moment", "request",
    "typescript", "tslib", "uuid", "dotenv", "webpack", "babel-core", "@babel/core", "eslint", "prettier",
    "jest", "mocha", "chai", "underscore", "async", "bluebird", "yargs", "minimist", "glob", "rimraf", "mkdirp",
    "fs-extra", "semver", "colors", "cross-env", "node-fetch", "body-parser", "cookie-parser", "cors",
    "jsonwebtoken", "bcrypt", "bcryptjs", "mongoose", "mongodb", "mysql", "mysql2", "pg", "redis", "ioredis",
    "socket.io", "ws", "next", "vue", "nuxt", "angular", "@angular/core", "svelte", "vite", "rollup", "esbuild",
    "nodemon", "pm2", "inquirer", "ora", "boxen", "figlet", "shelljs", "execa", "cheerio", "puppeteer",
    "playwright", "jquery", "bootstrap", "tailwindcss", "postcss", "autoprefixer", "sass", "less", "classnames",
    "prop-types", "redux", "react-redux", "react-router", "react-router-dom", "styled-components", "graphql",
    "apollo-server", "@apollo/client", "zod", "yup", "joi", "ajv", "date-fns", "dayjs", "luxon", "validator",
    "qs", "form-data", "formidable", "multer", "sharp", "jimp", "nodemailer", "twilio", "stripe", "openai",
    "@anthropic-ai/sdk", "discord.js", "telegraf", "node-telegram-bot-api", "@slack/web-api", "dotenv-expand",
    "winston", "morgan", "pino", "helmet", "passport", "knex", "sequelize", "prisma", "@prisma/client", "typeorm",
    "electron", "ethers", "web3", "bignumber.js", "bn.js", "crypto-js", "node-forge", "ssh2", "archiver",
    "adm-zip", "jszip", "tar", "xml2js", "fast-xml-parser", "marked", "markdown-it", "highlight.js", "mustache",
    "handlebars", "ejs", "pug", "change-case", "camelcase", "js-yaml", "yaml", "ini", "toml", "csv-parse",
    "papaparse", "xlsx", "pdfkit", "pdf-lib", "mime", "mime-types", "chokidar", "rxjs", "immer", "mobx",
    "zustand", "swr", "@tanstack/react-query", "husky", "lint-staged", "concurrently", "npm-run-all", "ts-node",
    "tsx", "vitest", "supertest", "sinon", "nock", "cypress", "storybook", "@types/node", "@types/react",
    // Documentation and Markdown tooling, which skills for docs depend on.
    "unified", "remark", "remark-parse", "remark-stringify", "remark-gfm", "remark-frontmatter", "remark-lint",
    "rehype", "rehype-stringify", "mdast-util-to-string", "gray-matter", "markdownlint",
    "turndown", "github-slugger", "slugify", "sanitize-html", "dompurify", "htmlparser2",
    // Document and media libraries skills install most often.
    "sharp", "pdf-lib", "pdfkit", "pdf-parse", "jsdom", "marked", "zod", "openai", "@anthropic-ai/sdk",
    "fast-glob", "exceljs", "xlsx", "docx", "mammoth", "qrcode",
  ]

  /// RubyGems: the gems most Ruby projects and release tooling pull in.
  static let rubygems: Set<String> = [
    "rails", "rake", "bundler", "rack", "rack-test", "activesupport", "activerecord", "activemodel", "actionpack",
    "actionview", "actionmailer", "activejob", "railties", "zeitwerk", "nokogiri", "json", "i18n", "minitest",
    "rspec", "rspec-core", "rspec-expectations", "rspec-mocks", "rspec-rails", "thor", "tzinfo", "concurrent-ruby",
    "faraday", "faraday-retry", "octokit", "sinatra", "puma", "unicorn", "devise", "mysql2", "sqlite3", "redis",
    "sidekiq", "rubocop", "rubocop-rails", "byebug", "capybara", "selenium-webdriver", "webmock", "httparty",
    "rest-client", "multi-json", "addressable", "public-suffix", "mime-types", "builder", "erubi", "kramdown",
    "redcarpet", "rouge", "jekyll", "liquid", "sassc", "tilt", "haml", "aws-sdk-core", "aws-sdk-s3",
    "google-cloud-storage", "colorize", "rainbow", "tty-prompt", "tty-option", "tty-table", "highline", "dotenv",
    "figaro", "bcrypt", "oauth2", "omniauth", "net-ssh", "net-scp", "net-http", "activestorage", "factory-bot",
    "faker", "simplecov", "yard", "rdoc", "chronic", "awesome-print", "terminal-table", "commander", "sequel",
    "mongoid", "elasticsearch", "stripe", "twilio-ruby", "slack-ruby-client", "github-changelog-generator",
    "listen", "rb-inotify", "ffi", "childprocess", "websocket-driver", "connection-pool", "msgpack", "bootsnap",
    "pry-byebug", "rubyzip", "mini-magick", "image-processing", "prawn", "roo", "axlsx", "caxlsx", "httpclient",
    "typhoeus", "excon", "oj", "jbuilder", "kaminari", "pundit", "cancancan", "paperclip", "carrierwave",
    "shrine", "sprockets", "webpacker", "turbo-rails", "stimulus-rails", "importmap-rails", "rubygems-update",
  ]
}
