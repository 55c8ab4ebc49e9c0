const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file stands where a folder should be',
};

/** Why a file-system call failed, in words, or null for an unexpected error. */
export function failureReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code in reasons ? `${reasons[code]} (${code})` : null;
}
