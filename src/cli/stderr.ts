// Diagnostics on stderr: one line per problem, coloured only for a terminal (NO_COLOR, --no-color
// and a non-terminal stderr turn colour off; FORCE_COLOR turns it on).

import { createRequire } from "node:module";
import type { ChalkInstance } from "chalk";

// chalk is loaded on the first diagnostic (require of an ES module, Node >= 20.19), so that a run
// that prints none does not pay for it.
const requireModule = createRequire(import.meta.url);

let colour: ChalkInstance | undefined;
let disabled = false;

export function disableColour(): void {
  disabled = true;
  colour = undefined;
}

function style(): ChalkInstance {
  if (!colour) {
    const force = process.env.FORCE_COLOR;
    const noColour = disabled || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "");
    const forced = force !== undefined && force !== "0" && force !== "false";
    const level = noColour ? 0 : forced ? 1 : process.stderr.isTTY ? 1 : 0;
    const { Chalk } = requireModule("chalk") as typeof import("chalk");
    colour = new Chalk({ level });
  }
  return colour;
}

export function warn(message: string): void {
  process.stderr.write(`${style().yellow("rasd: warning:")} ${message}\n`);
}

export function error(message: string, code?: string): void {
  process.stderr.write(`${style().red("rasd: error:")} ${message}${code ? style().dim(` [${code}]`) : ""}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${style().dim("rasd:")} ${message}\n`);
}
