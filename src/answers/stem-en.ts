// A small English suffix stripper (in the spirit of Harman's S-stemmer plus
// -ing/-ed), enough to make "flats"/"flat" and "moving"/"move" meet.
export function stemEnglish(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.endsWith("ies") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (s.endsWith("sses")) s = s.slice(0, -2);
  else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith("ly") && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  return s;
}
