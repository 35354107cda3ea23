/** Who may post money: upload 835s, enter paper EOBs and their images, explain variances. */
export const REMITTANCE_POSTERS = ['poster', 'biller', 'manager', 'admin'] as const;
