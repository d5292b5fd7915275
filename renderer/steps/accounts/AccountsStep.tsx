/** The « Comptes clés » step: being built (issue 17). */
export function AccountsStep() {
  return null;
}
