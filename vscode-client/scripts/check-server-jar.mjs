// Fails the packaging when the server jar is missing: a .vsix without it cannot start the language server.
import { openSync, readSync, closeSync, statSync } from 'node:fs';

const jar = new URL('../server/rcode-ls.jar', import.meta.url);
try {
  const size = statSync(jar).size;
  const fd = openSync(jar, 'r');
  const magic = Buffer.alloc(4);
  readSync(fd, magic, 0, 4, 0);
  closeSync(fd);
  if (size < 1024 || magic.readUInt32LE(0) !== 0x04034b50) {
    throw new Error(`not a jar (${size} bytes)`);
  }
} catch (e) {
  console.error(`vscode-client/server/rcode-ls.jar: ${e.message}\n` +
    'Build it with Maven from the repository root (mvn -DskipTests package), which copies the server jar here.');
  process.exit(1);
}
