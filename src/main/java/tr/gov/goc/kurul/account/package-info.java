/**
 * Accounts without an administrator in the middle: a person given a login receives a one-time link to set their own
 * password ({@link tr.gov.goc.kurul.account.PasswordLinks}); "Parolamı unuttum" sends another; administrators and the
 * province's secretariat may re-send an invitation but never see a link or a password. Only the SHA-256 of a link's
 * token is stored ({@code password_link}, V286); links expire after the policy's hours
 * ({@code passwordInvitationValidHours}, {@code passwordResetValidHours}). The page is {@code /kurul/parola.html}.
 */
package tr.gov.goc.kurul.account;
