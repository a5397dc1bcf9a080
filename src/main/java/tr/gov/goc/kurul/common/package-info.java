/** Shared web plumbing: Turkish error answers, input checks and Turkish ordering. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tr.gov.goc.kurul.common;
