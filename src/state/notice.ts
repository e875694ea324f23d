/**
 * Something about the link the reader should know (a parameter that could not be honoured), as
 * a key in the interface's strings (`notice.*`) and its values, so it is told in the reader's
 * language, including after they switch it.
 */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
}
