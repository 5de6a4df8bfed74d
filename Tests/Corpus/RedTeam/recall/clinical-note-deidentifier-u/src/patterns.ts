// Regex layer for structured identifiers. Names/locations come from the NER model.
export const PATTERNS: Record<string, RegExp> = {
  MRN: /\b(?:MRN|Medical Record(?: No\.?| Number)?)[:#\s]*([A-Z0-9]{6,12})\b/gi,
  SSN: /\b\d{3}-\d{2}-\d{4}\b/g,
  PHONE: /\b(?:\+1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g,
  EMAIL: /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g,
  DATE: /\b(?:\d{1,2}[\/-]\d{1,2}[\/-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\b/g,
  ZIP: /\b\d{5}(?:-\d{4})?\b/g,
  IP: /\b(?:\d{1,3}\.){3}\d{1,3}\b/g,
  URL: /\bhttps?:\/\/\S+/g,
  AGE90: /\b(9\d|1[01]\d)[- ]?(?:y\/?o|year[- ]old)\b/gi,
};
