/**
 * A random NPI with a valid check digit (Luhn over the 80840 prefix), so each browser test file registers providers
 * of its own: the files share one server, and an NPI is unique within an organization.
 */
export function randomNpi(): string {
  const base = `1${Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join('')}`;
  const digits = `80840${base}`.split('').map(Number).reverse();
  const sum = digits.reduce((total, digit, index) => {
    if (index % 2 === 1) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}
