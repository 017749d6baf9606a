// Asking before a command destroys something: yes when --yes was given, the person's answer in a
// terminal, and a refusal (one line saying how to go on) when there is no terminal to ask on.
import readline from 'node:readline/promises';
import { StartupError } from '../config.ts';

export interface ConfirmOptions {
  /** --yes was given. */
  yes: boolean;
  /** The question can be asked (stdin and stdout are a terminal). */
  interactive: boolean;
  /** Why it cannot go on without asking, for the refusal when there is no terminal. */
  refusal: string;
  /** Asks and returns the answer; a terminal prompt unless a test gives its own. */
  ask?: (question: string) => Promise<string>;
}

async function askInTerminal(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

export async function confirm(question: string, options: ConfirmOptions): Promise<boolean> {
  if (options.yes) return true;
  if (!options.interactive)
    throw new StartupError(`${options.refusal}; no terminal to ask on, so pass --yes`);
  const answer = await (options.ask ?? askInTerminal)(`${question} [y/N] `);
  return /^(y|yes)$/i.test(answer.trim());
}

export function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}
