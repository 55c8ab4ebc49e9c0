/**
 * A function of a text that remembers its answers for up to `limit` texts, then forgets them
 * all and starts again: for a pure function that a run asks of the same texts close together
 * (each locale's check of the same source message, a front matter's repeated keys), kept small
 * so that a run over thousands of articles holds no more than the last few. Answers handed out
 * are shared: read them, never change them.
 */
export function recentAnswers<T>(limit: number, answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let found = answers.get(text);
    if (found === undefined && !answers.has(text)) {
      found = answer(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, found);
    }
    return found as T;
  };
}
