export interface ExtractOptions {
  inputs: string[];
  out: string;
  workers?: number;
  force?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  progress?: boolean;
}
export async function extractCommand(opts: ExtractOptions): Promise<number> {
  void opts;
  throw new Error('not yet');
}
