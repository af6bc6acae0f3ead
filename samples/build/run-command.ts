import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LaoError } from '@lao/schemas';

const execFileAsync = promisify(execFile);

/** Runs a Debian tool and returns its stdout; a failure names the tool and its stderr. */
export async function runCommand(file: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync(file, [...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new LaoError('INTERNAL', `${file} ${args.join(' ')} failed: ${stderr.trim() || String(error)}`, { cause: error });
  }
}

/** Like runCommand, for tools that write binary data (a PDF) to stdout. */
export async function runCommandBinary(file: string, args: readonly string[]): Promise<Buffer> {
  try {
    const { stdout } = await execFileAsync(file, [...args], { maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new LaoError('INTERNAL', `${file} ${args.join(' ')} failed: ${stderr.trim() || String(error)}`, { cause: error });
  }
}
