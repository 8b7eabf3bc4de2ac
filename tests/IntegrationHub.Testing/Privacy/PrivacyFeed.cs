using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Testing.Privacy;

/// <summary>
/// Generates random pupils and what their school's LVS sends about them in September and October 2026: enrolment,
/// sometimes a move, truancy that reaches the 16-hour melding, long runs of absence, luxe verzuim around the autumn
/// break, sick reports (some never ending: MAZL), leave, suspensions, vrijstellingen, corrections and retractions.
/// Health words sit in every field a school can fill: LVS reason codes, registration, sick-report, leave and suspension
/// ids, vrijstelling articles, source system, LVS pupil keys, MAZL finding ids, and (through
/// <see cref="PupilScenario.React"/>) decision reasons. Pupils carry onderwijsnummers (never a real BSN).
/// </summary>
public static class PrivacyFeed
{
    private static readonly DateOnly First = new(2026, 9, 1);
    private static readonly DateOnly Last = new(2026, 10, 16);
    private static readonly IReadOnlyList<string> Templates =
    [
        "Afwezig i.v.m. {0}.", "Ouders melden {0}; leerling is onder behandeling.", "{0} - zie dossier zorgteam", "Bezoek {0} en {1}.",
        "Intrekken: leerling heeft {0}, start {1}.", "Melding onterecht, {0} vastgesteld door {1}.",
    ];

    /// <summary>The pupil with number <paramref name="index"/> of the run with <paramref name="seed"/>.</summary>
    public static PupilScenario Generate(int seed, int index, IReadOnlyList<ScenarioSchool> schools, IReadOnlyList<string> woongemeenten)
    {
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(woongemeenten);
        var random = new Random(HashCode.Combine(seed, index));
        var school = schools[random.Next(schools.Count)];
        var pupil = new PupilRef
        {
            PersoonsgebondenNummer = Onderwijsnummer(index),
            NummerSoort = NummerSoort.Onderwijsnummer,
            LvsPupilKey = random.NextDouble() < 0.3 ? $"lvs-{index}-{Code(random)}" : $"lvs-{index}",
        };
        var woongemeente = woongemeenten[random.Next(woongemeenten.Count)];
        var messages = new List<ScenarioMessage>();
        var builder = new Builder(random, school, pupil, messages);
        builder.Enrol(woongemeente);
        if (random.NextDouble() < 0.1)
        {
            builder.Move(woongemeenten[random.Next(woongemeenten.Count)]);
        }

        var truant = new List<AttendanceRegistered>();
        if (random.NextDouble() < 0.5)
        {
            truant.AddRange(builder.Truancy());
        }

        if (random.NextDouble() < 0.15)
        {
            truant.AddRange(builder.LongRun());
        }

        if (random.NextDouble() < 0.15)
        {
            builder.LuxeVerzuim();
        }

        if (random.NextDouble() < 0.35)
        {
            builder.Sick();
        }

        if (random.NextDouble() < 0.15)
        {
            builder.Leave();
        }

        if (random.NextDouble() < 0.1)
        {
            builder.Suspension();
        }

        if (random.NextDouble() < 0.04)
        {
            builder.Vrijstelling();
        }

        if (truant.Count > 0 && random.NextDouble() < 0.25)
        {
            builder.Correct(truant[random.Next(truant.Count)]);
        }

        if (truant.Count > 0 && random.NextDouble() < 0.05)
        {
            builder.Retract(truant[random.Next(truant.Count)]);
        }

        if (random.NextDouble() < 0.03)
        {
            builder.StrayConversation();
        }

        messages.Sort((a, b) => a.At.CompareTo(b.At));
        return new PupilScenario(index, random, school, pupil, woongemeente, messages);
    }

    /// <summary>A free text of at most 200 characters with one or two health words.</summary>
    public static string HealthText(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Templates[random.Next(Templates.Count)], Word(random), Word(random));
    }

    /// <summary>A short LVS code with a health word (1..32 of letters, digits and . _ : / -).</summary>
    public static string Code(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return $"Z:{Word(random)}";
    }

    public static Envelope Envelope(Random random, string brin, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new Envelope
        {
            MessageId = NewGuid(random),
            School = new SchoolRef { Brin = brin, Vestiging = "00" },
            SourceSystem = $"LVS {Word(random)}",
            OccurredAt = at,
            SchemaVersion = "1.0",
        };
    }

    /// <summary>A valid onderwijsnummer ("10", six digits, a check digit: weighted sum mod 11 is 5), distinct per index below 110,000.</summary>
    public static string Onderwijsnummer(int index)
    {
        for (var k = 0; k < 9; k++)
        {
            var digits = (10_000_000 + (index * 9) + k).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            for (var last = 0; last <= 9; last++)
            {
                if ((((sum - last) % 11) + 11) % 11 == 5)
                {
                    return digits + last.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        throw new InvalidOperationException($"No onderwijsnummer for index {index}.");
    }

    internal static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Word(Random random) => HealthWords.All[random.Next(HealthWords.All.Count)];

    /// <summary>Random school days of the generated period.</summary>
    internal static DateOnly SchoolDay(Random random)
    {
        while (true)
        {
            var day = First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return day;
            }
        }
    }

    internal static DateTimeOffset AfterSchool(DateOnly day, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(15, 0)).AddMinutes(minute), TimeSpan.Zero);

    /// <summary>Vrijstelling articles with a health word, within the field's 8 characters.</summary>
    private static readonly string[] ShortArtikel = ["5a ADHD", "5a GGZ", "5a astma", "ADHD", "diabetes"];

    private sealed class Builder(Random random, ScenarioSchool school, PupilRef pupil, List<ScenarioMessage> messages)
    {
        private int _sequence;

        public void Enrol(string woongemeente)
        {
            var at = new DateTimeOffset(2026, 8, 24, 8, 0, 0, TimeSpan.Zero);
            var (birth, startkwalificatie) = Age();
            Add(at, new PupilEnrolled
            {
                Envelope = Envelope(at),
                Pupil = pupil,
                EnrolledOn = new DateOnly(2026, 8, 24),
                BirthDate = birth,
                WoongemeenteCode = woongemeente,
                SchoolType = school.Type,
                HasStartkwalificatie = startkwalificatie,
            });
        }

        public void Move(string woongemeente)
        {
            var day = SchoolDay(random);
            Add(AfterSchool(day, 1), new PupilProfileChanged
            {
                Envelope = Envelope(AfterSchool(day, 1)), Pupil = pupil, EffectiveFrom = day, WoongemeenteCode = woongemeente,
            });
        }

        /// <summary>Unauthorised dagdelen on 3..6 random days: often 16 hours or more within four weeks.</summary>
        public IEnumerable<AttendanceRegistered> Truancy()
        {
            var days = Enumerable.Range(0, random.Next(3, 7)).Select(_ => SchoolDay(random)).Distinct().Order().ToList();
            var reason = random.NextDouble() < 0.7 ? ReasonCategory.Spijbelen : ReasonCategory.Onbekend;
            return days.SelectMany(day => new[] { Absence(day, 0, 180, AttendanceStatus.AbsentUnauthorised, reason), Absence(day, 1, 150, AttendanceStatus.AbsentUnauthorised, reason) }).ToList();
        }

        /// <summary>15..22 consecutive school days away without a reason: langdurig relatief verzuim.</summary>
        public IEnumerable<AttendanceRegistered> LongRun()
        {
            var day = SchoolDay(random);
            var result = new List<AttendanceRegistered>();
            for (var n = random.Next(15, 23); n > 0; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                result.Add(Absence(day, 0, 300, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Onbekend));
                n--;
            }

            return result;
        }

        /// <summary>The days before the autumn break (midden: from 17 October 2026), away as luxe verzuim.</summary>
        public void LuxeVerzuim()
        {
            foreach (var day in new[] { new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 16) }.Take(random.Next(1, 3)))
            {
                Absence(day, 0, 300, AttendanceStatus.AbsentUnauthorised, ReasonCategory.LuxeVerzuim);
            }
        }

        /// <summary>A sick report, its sick days and often a recovery; some pupils stay sick (MAZL).</summary>
        public void Sick()
        {
            var from = SchoolDay(random);
            var id = $"ziek-{Code(random)}-{_sequence++}";
            Add(AfterSchool(from, 2), new SickReported { Envelope = Envelope(AfterSchool(from, 2)), Pupil = pupil, SickReportId = id, From = from, ReportedBy = SickReportedBy.Parent });
            var days = random.Next(1, 15);
            var day = from;
            for (var n = 0; n < days; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                Absence(day, 0, 300, AttendanceStatus.AbsentAuthorised, ReasonCategory.Ziekte);
                n++;
            }

            if (random.NextDouble() < 0.7)
            {
                Add(AfterSchool(day, 3), new RecoveryReported { Envelope = Envelope(AfterSchool(day, 3)), Pupil = pupil, SickReportId = id, RecoveredOn = day });
            }
        }

        public void Leave()
        {
            var from = SchoolDay(random);
            var to = from.AddDays(random.Next(0, 4));
            Add(AfterSchool(from, -60 * 24), new LeaveGranted
            {
                Envelope = Envelope(AfterSchool(from, -60 * 24)), Pupil = pupil, LeaveId = $"verlof-{Code(random)}", Kind = LeaveKind.GewichtigeOmstandigheden,
                From = from, To = to, GrantedBy = LeaveGrantedBy.Schoolleider,
            });
            Absence(from, 0, 300, AttendanceStatus.AbsentAuthorised, ReasonCategory.Verlof);
        }

        public void Suspension()
        {
            var from = SchoolDay(random);
            Add(AfterSchool(from, 4), new SuspensionRegistered
            {
                Envelope = Envelope(AfterSchool(from, 4)), Pupil = pupil, SuspensionId = $"schorsing-{Code(random)}", From = from, To = from.AddDays(random.Next(0, 3)),
            });
            Absence(from, 0, 300, AttendanceStatus.AbsentAuthorised, ReasonCategory.Schorsing);
        }

        public void Vrijstelling()
        {
            var from = SchoolDay(random);
            Add(AfterSchool(from, 5), new VrijstellingRegistered
            {
                Envelope = Envelope(AfterSchool(from, 5)), Pupil = pupil, From = from, To = from.AddDays(random.Next(1, 30)), Artikel = ShortArtikel[random.Next(ShortArtikel.Length)],
            });
        }

        /// <summary>The school learns the absence had a medical cause, some days later: a correction with a health code.</summary>
        public void Correct(AttendanceRegistered registration)
        {
            var at = registration.Envelope.OccurredAt.AddDays(random.Next(1, 20));
            Add(at, new AttendanceCorrected
            {
                Envelope = Envelope(at), Pupil = pupil, RegistrationId = registration.RegistrationId, Date = registration.Date, StartTime = registration.StartTime,
                Minutes = registration.Minutes, Unit = registration.Unit, Status = AttendanceStatus.AbsentAuthorised, ReasonCategory = ReasonCategory.Ziekte,
                LvsReasonCode = Code(random),
            });
        }

        public void Retract(AttendanceRegistered registration)
        {
            var at = registration.Envelope.OccurredAt.AddDays(random.Next(1, 10));
            Add(at, new AttendanceRetracted { Envelope = Envelope(at), Pupil = pupil, RegistrationId = registration.RegistrationId, Date = registration.Date });
        }

        /// <summary>A MAZL conversation about a finding the hub never raised, its id full of health words.</summary>
        public void StrayConversation()
        {
            var day = SchoolDay(random);
            Add(AfterSchool(day, 6), new MazlConversationRecorded
            {
                Envelope = Envelope(AfterSchool(day, 6)), Pupil = pupil, FindingId = $"finding-{Code(random)}", HeldOn = day, WithPupil = true, WithParents = true, ReferToJgz = true,
            });
        }

        private AttendanceRegistered Absence(DateOnly day, int part, int minutes, AttendanceStatus status, ReasonCategory reason)
        {
            var at = AfterSchool(day, 10 + _sequence);
            var registration = new AttendanceRegistered
            {
                Envelope = Envelope(at),
                Pupil = pupil,
                RegistrationId = $"reg-{_sequence++}-{day:MMdd}-{part}-{Code(random)}",
                Date = day,
                StartTime = new TimeOnly(part == 0 ? 8 : 12, 30),
                Minutes = minutes,
                Unit = AttendanceUnit.Dagdeel,
                Status = status,
                ReasonCategory = reason,
                LvsReasonCode = random.NextDouble() < 0.6 ? Code(random) : null,
            };
            Add(at, registration);
            return registration;
        }

        private (DateOnly Birth, bool Startkwalificatie) Age()
        {
            var (min, max) = school.Type switch
            {
                SchoolType.Po or SchoolType.So => (5, 12),
                SchoolType.Mbo => (16, 23),
                _ => (12, 18),
            };
            var birth = new DateOnly(2026, 8, 24).AddYears(-random.Next(min, max + 1)).AddDays(-random.Next(0, 365));
            return (birth, school.Type == SchoolType.Mbo && random.NextDouble() < 0.1);
        }

        private void Add(DateTimeOffset at, object contract) => messages.Add(new ScenarioMessage(at, contract));

        private Envelope Envelope(DateTimeOffset at) => PrivacyFeed.Envelope(random, school.Brin, at);
    }
}
