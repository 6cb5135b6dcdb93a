/** The text the trigram index searches: business and owner name, lower-cased, spaces folded. */
export function buildSearchText(businessName: string, ownerName: string): string {
  return `${businessName} ${ownerName}`.toLowerCase().replace(/\s+/g, ' ').trim();
}
