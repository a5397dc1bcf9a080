package tr.gov.goc.kurul.demo;

/** What the demo does after loading its staff ({@code kurul.demo.meetings}). */
enum DemoMeetings {
    /** The demo provinces live the months before today through the processes ({@link DemoLife}). */
    LIVED,
    /** Next year is planned and an extraordinary meeting called; nothing has happened yet. */
    PLANNED,
    /** Staff only. */
    NONE
}
