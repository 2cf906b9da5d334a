/**
 * Saves a meeting's iCalendar text (the graph's Meeting.calendarFile, RFC 5545) as a .ics file
 * through a Blob object URL, so that a calendar program puts the meeting in the user's calendar.
 */
export function downloadCalendarFile(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
