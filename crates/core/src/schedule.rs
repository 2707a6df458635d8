//! A traveller's appointments: upcoming first, how long until each, when the medical exam
//! stops being valid, and the calendar file. The clock is passed in; words are the app's.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc};

use crate::wire::{Appointment, AppointmentKind};

/// How long until an appointment, counted in calendar days where it takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// It has started (or ended).
    Past,
    /// Later today, local time of the place.
    Today,
    Tomorrow,
    /// In this many days (2 or more).
    InDays(u32),
}

/// How long from `now` until `start`, in the calendar of the place (its UTC offset).
pub fn countdown(start: DateTime<FixedOffset>, now: DateTime<Utc>) -> Countdown {
    if start <= now {
        return Countdown::Past;
    }
    let here = now.with_timezone(start.offset()).date_naive();
    let days = (start.date_naive() - here).num_days();
    match days {
        ..=0 => Countdown::Today,
        1 => Countdown::Tomorrow,
        n => Countdown::InDays(u32::try_from(n).unwrap_or(u32::MAX)),
    }
}

/// The appointments, upcoming ones first (soonest first), then past ones (latest first).
pub fn order(
    appointments: &[Appointment],
    now: DateTime<Utc>,
) -> (Vec<&Appointment>, Vec<&Appointment>) {
    let (mut upcoming, mut past): (Vec<&Appointment>, Vec<&Appointment>) =
        appointments.iter().partition(|a| a.start > now);
    upcoming.sort_by_key(|a| a.start);
    past.sort_by_key(|a| std::cmp::Reverse(a.start));
    (upcoming, past)
}

/// The same day `months` later; the month's last day when it is shorter (31 January + 1 month
/// is 28 or 29 February).
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 + months as i32;
    let (year, month0) = (index.div_euclid(12), index.rem_euclid(12) as u32);
    (1..=date.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(year, month0 + 1, day))
        .unwrap_or(date)
}

/// What the medical exam means for the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MedicalValidity {
    /// The day of the exam, where it takes place.
    pub exam: NaiveDate,
    /// The last day the result is valid.
    pub valid_until: NaiveDate,
    /// The flight departs after that day: a new exam is needed first.
    pub flight_after_expiry: bool,
}

/// The medical exam's validity (`months` after the exam, from the data) and whether the flight
/// comes after it. `None` without a medical exam.
pub fn medical_validity(appointments: &[Appointment], months: u32) -> Option<MedicalValidity> {
    let exam = appointments
        .iter()
        .filter(|a| a.kind == AppointmentKind::MedicalExam)
        .max_by_key(|a| a.start)?
        .start
        .date_naive();
    let valid_until = add_months(exam, months);
    let flight_after_expiry = appointments
        .iter()
        .any(|a| a.kind == AppointmentKind::Flight && a.start.date_naive() > valid_until);
    Some(MedicalValidity {
        exam,
        valid_until,
        flight_after_expiry,
    })
}

/// One event of a calendar file, with its words already in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stays the same for the same appointment, so a calendar updates it instead of adding it
    /// twice.
    pub uid: String,
    pub start: DateTime<FixedOffset>,
    pub minutes: u32,
    pub title: String,
    pub place: String,
    pub description: String,
    /// The reminder's text, shown the day before.
    pub reminder: String,
}

/// A stable id for an appointment: its kind and its start.
pub fn uid(kind: &str, start: DateTime<FixedOffset>) -> String {
    format!("{kind}-{}@passage", utc(start.with_timezone(&Utc)))
}

/// An iCalendar file (RFC 5545) of `events`: times in UTC, text escaped, lines folded at 75
/// octets, a reminder the day before each event. `now` is the file's timestamp.
pub fn calendar(events: &[CalendarEvent], now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Passage//Appointments//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    let stamp = utc(now);
    for event in events {
        let start = event.start.with_timezone(&Utc);
        let end = start + chrono::Duration::minutes(i64::from(event.minutes.max(1)));
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", utc(start)),
            format!("DTEND:{}", utc(end)),
            format!("SUMMARY:{}", escape(&event.title)),
            format!("LOCATION:{}", escape(&event.place)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            "TRIGGER:-P1D".to_owned(),
            format!("DESCRIPTION:{}", escape(&event.reminder)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect::<String>()
}

fn utc(at: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        chrono::Timelike::hour(&at),
        chrono::Timelike::minute(&at),
        chrono::Timelike::second(&at)
    )
}

/// TEXT values escape backslashes, semicolons, commas and new lines (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded into lines of at most 75 octets (a space starts each continuation),
/// never inside a character, and ended with CRLF (RFC 5545, 3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn now(text: &str) -> DateTime<Utc> {
        at(text).with_timezone(&Utc)
    }

    fn appointment(kind: AppointmentKind, start: &str) -> Appointment {
        Appointment {
            kind,
            start: at(start),
            time_zone: "Africa/Nairobi".into(),
            place: "IOM Nairobi".into(),
            bring: vec![],
        }
    }

    #[test]
    fn countdowns_count_calendar_days_where_the_appointment_is() {
        let start = at("2026-12-03T09:30:00+03:00");
        // 23:30 in Nairobi the evening before: tomorrow, though only 10 hours away.
        assert_eq!(
            countdown(start, now("2026-12-02T23:30:00+03:00")),
            Countdown::Tomorrow
        );
        // 01:00 the same day in Nairobi (22:00 UTC the day before): today.
        assert_eq!(
            countdown(start, now("2026-12-02T22:00:00Z")),
            Countdown::Today
        );
        assert_eq!(
            countdown(start, now("2026-11-30T10:00:00+03:00")),
            Countdown::InDays(3)
        );
        assert_eq!(
            countdown(start, now("2026-12-03T09:30:00+03:00")),
            Countdown::Past
        );
        assert_eq!(
            countdown(start, now("2026-12-03T09:29:59+03:00")),
            Countdown::Today
        );
    }

    #[test]
    fn countdowns_cross_month_ends_and_leap_days() {
        let start = at("2028-03-01T08:00:00+03:00");
        assert_eq!(
            countdown(start, now("2028-02-28T12:00:00+03:00")),
            Countdown::InDays(2)
        );
        assert_eq!(
            countdown(start, now("2028-02-29T12:00:00+03:00")),
            Countdown::Tomorrow
        );
        let new_year = at("2027-01-01T00:30:00+05:00");
        assert_eq!(
            countdown(new_year, now("2026-12-31T18:00:00Z")),
            Countdown::Tomorrow
        );
        assert_eq!(
            countdown(new_year, now("2026-12-31T19:10:00Z")),
            Countdown::Today
        );
        assert_eq!(
            countdown(
                at("2027-03-01T09:00:00-05:00"),
                now("2027-01-30T09:00:00-05:00")
            ),
            Countdown::InDays(30)
        );
    }

    #[test]
    fn upcoming_come_first_soonest_first_then_the_past_latest_first() {
        let list = vec![
            appointment(AppointmentKind::Flight, "2027-02-16T23:45:00+03:00"),
            appointment(
                AppointmentKind::SelectionInterview,
                "2026-11-03T09:30:00+03:00",
            ),
            appointment(AppointmentKind::Orientation, "2027-01-12T09:00:00+03:00"),
            appointment(AppointmentKind::MedicalExam, "2026-11-10T08:00:00+03:00"),
        ];
        let (upcoming, past) = order(&list, now("2026-12-02T10:00:00Z"));
        let kinds = |v: &[&Appointment]| v.iter().map(|a| a.kind).collect::<Vec<_>>();
        assert_eq!(
            kinds(&upcoming),
            [AppointmentKind::Orientation, AppointmentKind::Flight]
        );
        assert_eq!(
            kinds(&past),
            [
                AppointmentKind::MedicalExam,
                AppointmentKind::SelectionInterview
            ]
        );
    }

    #[test]
    fn months_are_added_to_the_last_day_of_short_months() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(add_months(date(2027, 1, 31), 1), date(2027, 2, 28));
        assert_eq!(add_months(date(2028, 1, 31), 1), date(2028, 2, 29));
        assert_eq!(add_months(date(2028, 2, 29), 12), date(2029, 2, 28));
        assert_eq!(add_months(date(2026, 12, 10), 12), date(2027, 12, 10));
        assert_eq!(add_months(date(2026, 8, 31), 6), date(2027, 2, 28));
    }

    #[test]
    fn a_flight_after_the_medical_exam_expires_is_flagged() {
        let mut list = vec![
            appointment(AppointmentKind::MedicalExam, "2026-12-10T08:00:00+03:00"),
            appointment(AppointmentKind::Flight, "2027-12-10T23:45:00+03:00"),
        ];
        let validity = medical_validity(&list, 12).unwrap();
        assert_eq!(
            validity.valid_until,
            NaiveDate::from_ymd_opt(2027, 12, 10).unwrap()
        );
        assert!(
            !validity.flight_after_expiry,
            "the last valid day still flies"
        );
        list[1].start = at("2027-12-11T00:15:00+03:00");
        assert!(medical_validity(&list, 12).unwrap().flight_after_expiry);
        assert_eq!(medical_validity(&list[1..], 12), None);
    }

    fn event(title: &str, description: &str) -> CalendarEvent {
        let start = at("2026-12-03T09:30:00+03:00");
        CalendarEvent {
            uid: uid("selection-interview", start),
            start,
            minutes: 60,
            title: title.into(),
            place: "IOM Nairobi, Kenya".into(),
            description: description.into(),
            reminder: "Tomorrow: selection interview".into(),
        }
    }

    #[test]
    fn a_calendar_file_is_rfc_5545() {
        let file = calendar(
            &[event(
                "Selection interview",
                "Bring: travel documents; case letters\nall family members",
            )],
            now("2026-12-02T10:00:00Z"),
        );
        let expected = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Passage//Appointments//EN\r\n\
CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n\
UID:selection-interview-20261203T063000Z@passage\r\nDTSTAMP:20261202T100000Z\r\n\
DTSTART:20261203T063000Z\r\nDTEND:20261203T073000Z\r\nSUMMARY:Selection interview\r\n\
LOCATION:IOM Nairobi\\, Kenya\r\n\
DESCRIPTION:Bring: travel documents\\; case letters\\nall family members\r\n\
BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1D\r\nDESCRIPTION:Tomorrow: selection interview\r\n\
END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(file, expected);
    }

    #[test]
    fn long_lines_fold_at_75_octets_never_inside_a_character() {
        let title = "ቃለ-መሕትት ምርጫ ".repeat(12);
        let file = calendar(&[event(&title, "x")], now("2026-12-02T10:00:00Z"));
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}")));
    }
}

#[cfg(test)]
mod parsed {
    use super::*;
    use icalendar::{Calendar, CalendarComponent, Component, EventLike};

    #[test]
    fn a_calendar_parser_reads_the_file_back() {
        let events = [
            event_with(
                "ሕቶታት, ደብተር; \\ and more\nlines",
                "A title that is long enough to be folded somewhere in the middle of it, surely",
            ),
            event_with("Flight", "Flight"),
        ];
        let file = calendar(&events, Utc::now());
        let parsed: Calendar = file.parse().expect("the parser reads it");
        let read: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].get_summary(), Some(events[0].title.as_str()));
        assert_eq!(
            read[0].get_description(),
            Some(events[0].description.as_str())
        );
        assert_eq!(read[0].get_location(), Some("IOM Nairobi, Kenya"));
        assert_eq!(read[0].get_uid(), Some(events[0].uid.as_str()));
    }

    fn event_with(description: &str, title: &str) -> CalendarEvent {
        let start = DateTime::parse_from_rfc3339("2027-01-12T09:00:00+03:00").unwrap();
        CalendarEvent {
            uid: uid("orientation", start),
            start,
            minutes: 300,
            title: title.into(),
            place: "IOM Nairobi, Kenya".into(),
            description: description.into(),
            reminder: "Tomorrow".into(),
        }
    }
}
