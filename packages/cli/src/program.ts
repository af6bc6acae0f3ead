import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract.command.js';
import { registerIngestCommand } from './commands/ingest.command.js';
import { registerQueryCommand } from './commands/query.command.js';
import { registerStatusCommand } from './commands/status.command.js';
import { registerWorkerCommand } from './commands/worker.command.js';

/** The `lao` command. Each subcommand lives in its own file under commands/ and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('lao')
    .description(
      'lao-ingest: อ่านรายงาน ITA ขององค์กรปกครองส่วนท้องถิ่น (PDF/ภาพสแกน) เป็นข้อมูลที่ตรวจสอบได้\n' +
        'Turns Thai local-government ITA reports (PDFs and scans) into validated records with flags.',
    )
    .version('0.1.0')
    .showHelpAfterError();
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerWorkerCommand(program);
  registerStatusCommand(program);
  registerQueryCommand(program);
  return program;
}
