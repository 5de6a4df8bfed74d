-- Loader for the fmtsave module. Neovim sources files in plugin/ at startup.
-- Remove this file if you call require("fmtsave").setup() from init.lua instead.
if vim.g.loaded_fmtsave then
  return
end
vim.g.loaded_fmtsave = true
require("fmtsave").setup({})
