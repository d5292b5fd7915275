/** Ids for new items: random, and made only of the characters the plan schema accepts. */
export const newId = (): string => crypto.randomUUID();
