// Reading one input's bytes: a file (size-checked before reading) or standard input.

import { open } from "node:fs/promises";
import { InputError } from "../errors.js";
import type { InputItem } from "./inputs.js";

function errnoMessage(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new InputError(
      "E_NOT_FOUND",
      path,
      `${path}: no such file (it may have been removed during the run)`,
    );
  if (code === "EACCES" || code === "EPERM")
    return new InputError("E_UNREADABLE", path, `${path}: permission denied`);
  if (code === "EISDIR") return new InputError("E_UNREADABLE", path, `${path}: is a folder, not a file`);
  return new InputError(
    "E_UNREADABLE",
    path,
    `${path}: cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`,
  );
}

function tooLarge(path: string, size: number, maxBytes: number): InputError {
  return new InputError(
    "E_TOO_LARGE",
    path,
    `${path}: ${size} bytes is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
  );
}

export async function readInput(
  item: Exclude<InputItem, { kind: "error" }>,
  maxBytes: number,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Uint8Array> {
  if (item.kind === "stdin") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > maxBytes) throw tooLarge("-", size, maxBytes);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(item.path, "r");
    const info = await handle.stat();
    if (info.isDirectory())
      throw new InputError("E_UNREADABLE", item.path, `${item.path}: is a folder, not a file`);
    if (info.size > maxBytes) throw tooLarge(item.path, info.size, maxBytes);
    const bytes = await handle.readFile();
    // A file that grew while being read is checked again.
    if (bytes.length > maxBytes) throw tooLarge(item.path, bytes.length, maxBytes);
    return bytes;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw errnoMessage(item.path, err);
  } finally {
    await handle?.close().catch(() => {});
  }
}
