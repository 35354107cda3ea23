/** Made-up names and common public codes used by the generators (CPT codes as bare values, prices invented). */
export const LAST_NAMES = ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'GARCIA', 'MILLER', 'DAVIS', 'RODRIGUEZ', 'MARTINEZ', 'LOPEZ', 'WILSON', 'ANDERSON', 'TAYLOR', 'THOMAS', 'MOORE'];
export const FIRST_NAMES = ['JAMES', 'MARY', 'ROBERT', 'PATRICIA', 'JOHN', 'JENNIFER', 'MICHAEL', 'LINDA', 'DAVID', 'ELIZABETH', 'WILLIAM', 'SUSAN', 'MARIA', 'KAREN', 'NANCY'];
export const CITIES: [string, string, string][] = [['SPRINGFIELD', 'IL', '62701'], ['COLUMBUS', 'OH', '43215'], ['AUSTIN', 'TX', '73301'], ['MADISON', 'WI', '53703'], ['SALEM', 'OR', '97301']];
export const STREETS = ['MAIN ST', 'OAK AVE', 'PINE RD', 'MAPLE DR', 'CEDAR LN', 'ELM ST', 'LAKE BLVD'];
/** [code, charge in cents, minutes-based]. */
export const PROCEDURES: [string, number][] = [
  ['99213', 12500], ['99214', 18500], ['99203', 16000], ['99395', 22000], ['93000', 6000], ['36415', 1500], ['85025', 2800],
  ['80053', 4200], ['87880', 3100], ['90471', 2500], ['90686', 3900], ['97110', 9000], ['71046', 11000], ['20610', 14500],
];
export const DIAGNOSES = ['E119', 'I10', 'E785', 'J069', 'M545', 'Z0000', 'R0602', 'K219', 'F419', 'N390', 'J449', 'M1990', 'E6601', 'Z23', 'R51'];
export const PAYERS: [string, string, string][] = [['ACME HEALTH PLAN', '12345', 'CI'], ['MEDICARE PART B', '00430', 'MB'], ['STATE MEDICAID', '77027', 'MC'], ['BLUE PLAN', '54321', 'BL']];
export const MODIFIERS = ['25', '59', 'LT', 'RT', '26'];
