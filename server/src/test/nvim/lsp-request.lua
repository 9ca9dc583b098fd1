-- A real LSP client nobody here wrote: Neovim's built-in one (0.7+), driven headless.
-- Environment: RCODE_JAVA, RCODE_JAR, RCODE_FILE (file to open), RCODE_METHOD (textDocument/hover or
-- textDocument/completion), RCODE_LINE, RCODE_COL (0-based, UTF-16), RCODE_OUT (where to write the answer).
-- Writes the hover text, or one completion label per line, to RCODE_OUT and exits 0; exits 1 on failure.
local out = os.getenv('RCODE_OUT')
local function finish(text, ok)
  local f = io.open(out, 'w')
  f:write(text)
  f:close()
  vim.cmd(ok and 'qa!' or 'cq!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('RCODE_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'rcode-ls',
    cmd = { os.getenv('RCODE_JAVA'), '-Xshare:auto', '-XX:TieredStopAtLevel=1', '-jar', os.getenv('RCODE_JAR') },
    root_dir = vim.fn.getcwd(),
  })
  if not id then return finish('client did not start', false) end
  vim.lsp.buf_attach_client(bufnr, id)
  local ready = vim.wait(30000, function()
    local c = vim.lsp.get_client_by_id(id)
    return c ~= nil and (c.server_capabilities ~= nil or c.resolved_capabilities ~= nil)
      and vim.lsp.buf_is_attached(bufnr, id)
  end, 50)
  if not ready then return finish('server did not initialize', false) end
  local method = os.getenv('RCODE_METHOD') or 'textDocument/hover'
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(os.getenv('RCODE_LINE')), character = tonumber(os.getenv('RCODE_COL')) },
  }
  local results = vim.lsp.buf_request_sync(bufnr, method, params, 30000)
  if not results or not results[id] then return finish('no answer to ' .. method, false) end
  local r = results[id]
  if r.err then return finish('error: ' .. vim.inspect(r.err), false) end
  local result = r.result
  if method == 'textDocument/hover' then
    if not result or not result.contents then return finish('empty hover', false) end
    local c = result.contents
    return finish(type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c), true)
  end
  local items = result and (result.items or result) or {}
  local labels = {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  return finish(table.concat(labels, '\n'), true)
end)
if not ok then finish('lua error: ' .. tostring(err), false) end
