-- fmtsave: pipe the buffer through an external formatter before saving.
--
-- Formatters run via vim.system() with argument lists (never through a shell),
-- read the buffer on stdin and write the formatted text to stdout. Missing
-- formatters are skipped. Nothing is downloaded and no network is used.
local M = {}

local FILENAME = "$FILENAME" -- placeholder replaced with the buffer's path

local builtin = {
  lua = { "stylua", "--stdin-filepath", FILENAME, "-" },
  python = { "ruff", "format", "--stdin-filename", FILENAME, "-" },
  javascript = { "prettier", "--stdin-filepath", FILENAME },
  javascriptreact = { "prettier", "--stdin-filepath", FILENAME },
  typescript = { "prettier", "--stdin-filepath", FILENAME },
  typescriptreact = { "prettier", "--stdin-filepath", FILENAME },
  json = { "prettier", "--stdin-filepath", FILENAME },
  css = { "prettier", "--stdin-filepath", FILENAME },
  markdown = { "prettier", "--stdin-filepath", FILENAME },
  go = { "gofmt" },
  rust = { "rustfmt", "--edition", "2021", "--emit", "stdout" },
  sh = { "shfmt" },
  bash = { "shfmt" },
}

local config = {
  timeout_ms = 2000,
  prefer_local = true,
  formatters = {},
}

local state = { enabled = true }

local function notify(msg, level)
  vim.notify("fmtsave: " .. msg, level or vim.log.levels.INFO)
end

--- Formatter spec for a filetype: user override, then builtin. `false` disables.
local function spec_for(ft)
  local spec = config.formatters[ft]
  if spec == nil then
    spec = builtin[ft]
  end
  return spec or nil
end

--- Project-local tool from the nearest node_modules/.bin, if any.
local function local_bin(exe, bufname)
  if not config.prefer_local or bufname == "" then
    return nil
  end
  local nm = vim.fs.find("node_modules", {
    upward = true,
    path = vim.fs.dirname(bufname),
    type = "directory",
  })[1]
  if not nm then
    return nil
  end
  local candidate = nm .. "/.bin/" .. exe
  if vim.fn.executable(candidate) == 1 then
    return candidate
  end
  return nil
end

--- Turn a spec into a concrete argv, or nil if it cannot run for this buffer.
local function resolve(spec, bufname)
  local exe = local_bin(spec[1], bufname) or spec[1]
  if vim.fn.executable(exe) ~= 1 then
    return nil, spec[1] .. " not found on PATH"
  end
  local argv = { exe }
  for i = 2, #spec do
    if spec[i] == FILENAME then
      if bufname == "" then
        return nil, "buffer has no file name"
      end
      argv[i] = bufname
    else
      argv[i] = spec[i]
    end
  end
  return argv
end

--- Format one buffer in place. Returns true if the buffer changed.
function M.format(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if not state.enabled or vim.b[bufnr].fmtsave_disable or not vim.bo[bufnr].modifiable then
    return false
  end
  local spec = spec_for(vim.bo[bufnr].filetype)
  if not spec then
    return false
  end

  local bufname = vim.api.nvim_buf_get_name(bufnr)
  local argv = resolve(spec, bufname)
  if not argv then
    return false
  end

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local input = table.concat(lines, "\n") .. "\n"
  local cwd = bufname ~= "" and vim.fs.dirname(bufname) or nil

  local ok, proc = pcall(vim.system, argv, { stdin = input, text = true, cwd = cwd })
  if not ok then
    notify("could not start " .. argv[1] .. ": " .. tostring(proc), vim.log.levels.WARN)
    return false
  end
  local res = proc:wait(config.timeout_ms)
  if res.code == 124 then
    notify(argv[1] .. " timed out; saved without formatting", vim.log.levels.WARN)
    return false
  elseif res.code ~= 0 then
    local err = vim.trim(res.stderr or "")
    notify(argv[1] .. " failed: " .. (err ~= "" and err or ("exit " .. res.code)), vim.log.levels.WARN)
    return false
  end

  local out = res.stdout or ""
  if out == input or out == "" then
    return false
  end
  local new_lines = vim.split(out, "\n", { plain = true })
  if new_lines[#new_lines] == "" then
    table.remove(new_lines)
  end

  -- Save the view of every window showing this buffer, then restore it.
  local views = {}
  for _, win in ipairs(vim.fn.win_findbuf(bufnr)) do
    views[win] = vim.api.nvim_win_call(win, vim.fn.winsaveview)
  end
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, new_lines)
  local last = vim.api.nvim_buf_line_count(bufnr)
  for win, view in pairs(views) do
    view.lnum = math.min(view.lnum, last)
    vim.api.nvim_win_call(win, function()
      vim.fn.winrestview(view)
    end)
  end
  return true
end

--- Show which formatter each filetype would use.
function M.info()
  local fts = {}
  for ft in pairs(vim.tbl_extend("force", builtin, config.formatters)) do
    table.insert(fts, ft)
  end
  table.sort(fts)
  local bufname = vim.api.nvim_buf_get_name(0)
  local rows = { ("fmtsave is %s"):format(state.enabled and "ON" or "OFF") }
  for _, ft in ipairs(fts) do
    local spec = spec_for(ft)
    if not spec then
      table.insert(rows, ("  %-16s disabled"):format(ft))
    else
      local argv, why = resolve(spec, bufname ~= "" and bufname or ("untitled." .. ft))
      table.insert(rows, ("  %-16s %s"):format(ft, argv and table.concat(argv, " ") or ("(" .. why .. ")")))
    end
  end
  vim.api.nvim_echo({ { table.concat(rows, "\n") } }, true, {})
end

function M.setup(opts)
  config = vim.tbl_deep_extend("force", config, opts or {})
  if os.getenv("NVIM_FMTSAVE_DISABLE") == "1" then
    state.enabled = false
  end

  local group = vim.api.nvim_create_augroup("fmtsave", { clear = true })
  vim.api.nvim_create_autocmd("BufWritePre", {
    group = group,
    desc = "fmtsave: format buffer before writing",
    callback = function(args)
      M.format(args.buf)
    end,
  })

  vim.api.nvim_create_user_command("FmtSaveToggle", function()
    state.enabled = not state.enabled
    notify(state.enabled and "enabled" or "disabled")
  end, { desc = "Toggle format-on-save" })

  vim.api.nvim_create_user_command("FmtSaveInfo", M.info, { desc = "Show format-on-save formatters" })
  vim.api.nvim_create_user_command("FmtSaveNow", function()
    M.format(0)
  end, { desc = "Format the current buffer now" })
end

return M
