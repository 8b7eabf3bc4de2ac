namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// Everything read from one queue so far (a school's feedback queue or the partner queue), so a test can wait for one
/// message and still assert about all the others it saw on the way.
/// </summary>
public sealed class MessageLog(Func<int, TimeSpan, Task<IReadOnlyList<FeedbackMessage>>> read)
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly List<FeedbackMessage> _all = [];

    public IReadOnlyList<FeedbackMessage> All => _all;

    public static MessageLog Of(SchoolConnection lvs) => new(lvs.ReadFeedbackAsync);

    public static MessageLog Of(PartnerQueue partner) => new(partner.ReadAsync);

    /// <summary>The first message (read now or earlier) that is <paramref name="wanted"/>; fails after <see cref="Bound"/>.</summary>
    public async Task<FeedbackMessage> WaitForAsync(Func<FeedbackMessage, bool> wanted)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            if (_all.FirstOrDefault(wanted) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"No such message within {Bound.TotalSeconds} s; saw {_all.Count}: {string.Join(", ", _all.Select(m => m.ShortType).Distinct())}");
            }

            _all.AddRange(await read(1, TimeSpan.FromSeconds(2)));
        }
    }

    /// <summary>Reads whatever arrives during <paramref name="period"/> (a bounded wait); returns only those.</summary>
    public async Task<IReadOnlyList<FeedbackMessage>> ReadForAsync(TimeSpan period)
    {
        var arrived = await read(int.MaxValue, period);
        _all.AddRange(arrived);
        return arrived;
    }
}
