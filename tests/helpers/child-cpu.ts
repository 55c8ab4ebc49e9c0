import { readFileSync } from 'node:fs';

/**
 * The CPU time (user and system, in seconds) of this process's child processes that have ended
 * and been waited for (`cutime` and `cstime` of /proc/self/stat, in the kernel's 100 ticks a
 * second), or null where there is no /proc: the long runs print what their killed processes
 * cost, the part of their time that only a faster CLI can lower.
 */
export function childCpuSeconds(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
  // Fields 16 and 17, counted after the command name in parentheses (which may hold spaces).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
