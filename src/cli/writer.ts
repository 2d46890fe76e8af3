// Writing records to stdout: whole lines only, respecting back-pressure, and a quiet exit when the
// reader goes away (head, a closed pipe).

import type { Writable } from "node:stream";

export class LineWriter {
  private closed = false;
  constructor(private readonly out: Writable = process.stdout) {
    out.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
        this.closed = true;
        // The reader has gone: nothing more can be said, and that is not a failure of ours.
        process.exit(process.exitCode ?? 0);
      }
      throw err;
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Write a block of complete lines; resolves when the stream can take more. */
  async write(lines: string): Promise<void> {
    if (this.closed || lines === "") return;
    if (!this.out.write(lines)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.out.off("drain", done);
          this.out.off("close", done);
          resolve();
        };
        this.out.on("drain", done);
        this.out.on("close", done);
      });
    }
  }

  static line(record: unknown): string {
    return `${JSON.stringify(record)}\n`;
  }
}
