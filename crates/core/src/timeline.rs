//! Sponsors' and returnees' timelines: dates computed from an arrival or a return date, and
//! where today stands among them. The clock (today) is passed in; the figures come from the
//! data with their sources; words are the app's.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::schedule::add_months;
use crate::wire::{Milestone, Sponsorship};

/// The day `days` working days (Monday to Friday) before `date`, not counting `date` itself.
/// Statutory holidays are not counted out (the data has no list of them), so a notice "at
/// least 10 working days before" may come a day or two earlier than this says.
pub fn working_days_before(date: NaiveDate, days: u32) -> NaiveDate {
    let mut day = date;
    let mut left = days;
    while left > 0 {
        day = day.pred_opt().unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

/// Where a step stands on a timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Done,
    /// The first step not done yet.
    Next,
    Later,
}

/// Stages of dated steps in date order: a step dated before today is done; the first one on or
/// after today is next; the rest are later.
pub fn stages(dates: &[NaiveDate], today: NaiveDate) -> Vec<Stage> {
    from_done(dates.iter().map(|date| *date < today))
}

/// Stages of a case's milestones (in their order): done as the case says (its IOM office
/// marks them), the first not done is next.
pub fn milestone_stages(milestones: &[Milestone]) -> Vec<Stage> {
    from_done(milestones.iter().map(|m| m.done))
}

fn from_done(done: impl Iterator<Item = bool>) -> Vec<Stage> {
    let mut next_given = false;
    done.map(|done| {
        if done {
            Stage::Done
        } else if next_given {
            Stage::Later
        } else {
            next_given = true;
            Stage::Next
        }
    })
    .collect()
}

/// The steps of a sponsor's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SponsorStep {
    /// The arrival notice comes by then at the latest.
    ArrivalNotice,
    Arrival,
    /// The usual end of the sponsors' support.
    SupportEnds,
    /// The same under Joint Assistance Sponsorship.
    JointSupportEnds,
    /// The first payment of the newcomers' transportation loan.
    FirstLoanPayment,
}

/// A step of a sponsor's timeline, with its date and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub step: SponsorStep,
    pub date: NaiveDate,
    pub stage: Stage,
}

/// The generic timeline around an arrival on `arrival`, in date order (steps on the same day
/// in the order above), with where `today` stands.
pub fn sponsor_timeline(arrival: NaiveDate, rules: &Sponsorship, today: NaiveDate) -> Vec<Step> {
    let mut steps = vec![
        (
            SponsorStep::ArrivalNotice,
            working_days_before(arrival, rules.arrival_notice_working_days.value),
        ),
        (SponsorStep::Arrival, arrival),
        (
            SponsorStep::SupportEnds,
            add_months(arrival, rules.support_months.value),
        ),
        (
            SponsorStep::JointSupportEnds,
            add_months(arrival, rules.joint_assistance_support_months.value),
        ),
        (
            SponsorStep::FirstLoanPayment,
            add_months(arrival, rules.first_loan_payment_months.value),
        ),
    ];
    steps.sort_by_key(|(_, date)| *date);
    let dates: Vec<NaiveDate> = steps.iter().map(|(_, date)| *date).collect();
    steps
        .into_iter()
        .zip(stages(&dates, today))
        .map(|((step, date), stage)| Step { step, date, stage })
        .collect()
}

/// How many days a deadline is "due soon" before it falls: a week, to leave time to act.
pub const DUE_SOON_DAYS: u32 = 7;

/// A deadline on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// More than [`DUE_SOON_DAYS`] days left.
    Upcoming {
        days_left: u32,
    },
    /// 1 to [`DUE_SOON_DAYS`] days left.
    Soon {
        days_left: u32,
    },
    Today,
    Passed {
        days_ago: u32,
    },
}

/// Where a deadline stands on `today`.
pub fn due(deadline: NaiveDate, today: NaiveDate) -> Due {
    let days = (deadline - today).num_days();
    let count = |n: i64| u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX);
    match days {
        0 => Due::Today,
        d if d < 0 => Due::Passed { days_ago: count(d) },
        d if d <= i64::from(DUE_SOON_DAYS) => Due::Soon {
            days_left: count(d),
        },
        d => Due::Upcoming {
            days_left: count(d),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{Rule, Source};

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn rule(value: u32) -> Rule<u32> {
        Rule {
            value,
            effective: None,
            source: Source {
                title: "test".into(),
                url: None,
                checked: None,
            },
        }
    }

    fn rules() -> Sponsorship {
        Sponsorship {
            arrival_notice_working_days: rule(10),
            support_months: rule(12),
            joint_assistance_support_months: rule(24),
            first_loan_payment_months: rule(12),
            loan_is_the_newcomers: rule(0).source,
        }
    }

    #[test]
    fn working_days_skip_weekends() {
        // Wednesday 17 February 2027: ten weekdays back is Wednesday 3 February.
        assert_eq!(
            working_days_before(day("2027-02-17"), 10),
            day("2027-02-03")
        );
        // A Monday arrival: the Friday before is one working day before.
        assert_eq!(working_days_before(day("2027-02-15"), 1), day("2027-02-12"));
        // A Sunday arrival counts back from Friday.
        assert_eq!(working_days_before(day("2027-02-21"), 1), day("2027-02-19"));
        assert_eq!(working_days_before(day("2027-02-21"), 5), day("2027-02-15"));
        // Across a month end and a leap day.
        assert_eq!(working_days_before(day("2028-03-02"), 3), day("2028-02-28"));
        assert_eq!(
            working_days_before(day("2027-03-01"), 10),
            day("2027-02-15")
        );
        assert_eq!(working_days_before(day("2027-02-17"), 0), day("2027-02-17"));
    }

    #[test]
    fn the_sponsor_timeline_is_right_at_month_ends() {
        let steps = sponsor_timeline(day("2027-01-31"), &rules(), day("2026-12-02"));
        let dates: Vec<(SponsorStep, NaiveDate)> = steps.iter().map(|s| (s.step, s.date)).collect();
        assert_eq!(
            dates,
            [
                (SponsorStep::ArrivalNotice, day("2027-01-18")),
                (SponsorStep::Arrival, day("2027-01-31")),
                (SponsorStep::SupportEnds, day("2028-01-31")),
                (SponsorStep::FirstLoanPayment, day("2028-01-31")),
                (SponsorStep::JointSupportEnds, day("2029-01-31")),
            ]
        );
        // A leap day arrival: a year later is the last day of February.
        let leap = sponsor_timeline(day("2028-02-29"), &rules(), day("2026-12-02"));
        let support = leap
            .iter()
            .find(|s| s.step == SponsorStep::SupportEnds)
            .unwrap();
        assert_eq!(support.date, day("2029-02-28"));
        let joint = leap
            .iter()
            .find(|s| s.step == SponsorStep::JointSupportEnds)
            .unwrap();
        assert_eq!(joint.date, day("2030-02-28"));
        // 31 March + 12 months, then a notice that falls before a weekend.
        let march = sponsor_timeline(day("2027-03-31"), &rules(), day("2026-12-02"));
        assert_eq!(march[0].date, day("2027-03-17"));
        assert_eq!(march[2].date, day("2028-03-31"));
    }

    #[test]
    fn today_marks_done_next_and_later() {
        let arrival = day("2027-02-17");
        let at = |today: &str| -> Vec<Stage> {
            sponsor_timeline(arrival, &rules(), day(today))
                .iter()
                .map(|s| s.stage)
                .collect()
        };
        use Stage::{Done, Later, Next};
        assert_eq!(at("2026-12-02"), [Next, Later, Later, Later, Later]);
        // The notice's own day: still next. The day after: done.
        assert_eq!(at("2027-02-03"), [Next, Later, Later, Later, Later]);
        assert_eq!(at("2027-02-04"), [Done, Next, Later, Later, Later]);
        assert_eq!(at("2027-02-17"), [Done, Next, Later, Later, Later]);
        assert_eq!(at("2027-02-18"), [Done, Done, Next, Later, Later]);
        assert_eq!(at("2030-01-01"), [Done, Done, Done, Done, Done]);
    }

    #[test]
    fn milestones_follow_their_done_flags() {
        let milestone = |done| Milestone {
            key: "k".into(),
            date: day("2027-01-01"),
            done,
        };
        use Stage::{Done, Later, Next};
        assert_eq!(
            milestone_stages(&[milestone(true), milestone(false), milestone(false)]),
            [Done, Next, Later]
        );
        assert_eq!(
            milestone_stages(&[milestone(true), milestone(true)]),
            [Done, Done]
        );
        assert_eq!(milestone_stages(&[]), []);
    }

    #[test]
    fn deadlines_at_their_boundaries() {
        let today = day("2026-12-02");
        assert_eq!(due(day("2026-12-02"), today), Due::Today);
        assert_eq!(due(day("2026-12-03"), today), Due::Soon { days_left: 1 });
        assert_eq!(due(day("2026-12-09"), today), Due::Soon { days_left: 7 });
        assert_eq!(
            due(day("2026-12-10"), today),
            Due::Upcoming { days_left: 8 }
        );
        assert_eq!(due(day("2026-12-01"), today), Due::Passed { days_ago: 1 });
        // Across a month end and a year end.
        assert_eq!(
            due(day("2027-01-01"), day("2026-12-31")),
            Due::Soon { days_left: 1 }
        );
        assert_eq!(
            due(day("2026-11-30"), day("2026-12-01")),
            Due::Passed { days_ago: 1 }
        );
        // Leap years: 28 February to 1 March is two days in 2028, one in 2027.
        assert_eq!(
            due(day("2028-03-01"), day("2028-02-28")),
            Due::Soon { days_left: 2 }
        );
        assert_eq!(
            due(day("2027-03-01"), day("2027-02-28")),
            Due::Soon { days_left: 1 }
        );
    }
}
