import { saveBlob } from '../../ui/save-file.js';

/**
 * Saves a meeting's iCalendar text (the graph's Meeting.calendarFile, RFC 5545) as a .ics file,
 * so that a calendar program puts the meeting in the user's calendar.
 */
export function downloadCalendarFile(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
}
