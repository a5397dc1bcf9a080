package tr.gov.goc.kurul.people;

/**
 * Published when a person gets a login (a username on create, or a new username on update) and the caller left its
 * password to the person ({@link PasswordSetup#INVITE}): the account module mails them a one-time link to set it.
 */
public record LoginGranted(long personId, String username) {
}
