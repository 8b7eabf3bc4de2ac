using System.Collections.Concurrent;
using Dapper;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Infrastructure.Persistence.Signalering;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Signalering;

/// <summary>
/// Builds a school's rule context from the school registry (region), the calendars the school published and the
/// configured settings layers, and keeps it for <see cref="SignaleringOptions.ContextCacheSeconds"/>.
/// </summary>
public sealed class SignaleringContextSource(
    NpgsqlDataSource dataSource,
    ILedgerReader ledger,
    IOptions<SignaleringOptions> options,
    TimeProvider time) : ISignaleringContextSource
{
    private readonly ConcurrentDictionary<(SchoolLocation, string?), (SignaleringContext Context, DateTimeOffset Until)> _cache = new();
    private readonly ConcurrentDictionary<string, (SchoolMeldingPolicy? Policy, DateTimeOffset Until)> _policies = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public async Task<SignaleringContext> GetAsync(SchoolLocation school, string? woongemeente, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        var key = (school, woongemeente);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.Context;
        }

        var calendars = await ledger.LoadCalendarsAsync(school.Brin, school.Vestiging, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var region = await connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(SignaleringSql.SchoolRegion, new { school.Brin }, cancellationToken: cancellationToken));
        var context = SignaleringContext.Create(
            SchoolRegionParser.Parse(region ?? options.Value.DefaultRegion),
            calendars,
            options.Value.Settings,
            woongemeente,
            school.ToString()) with { DetailDays = options.Value.DetailDays > 0 ? options.Value.DetailDays : null };
        _cache[key] = (context, now.AddSeconds(options.Value.ContextCacheSeconds));
        return context;
    }

    public async Task<MeldingContext> GetMeldingContextAsync(SchoolLocation school, SignaleringContext rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(rules);
        var now = time.GetUtcNow();
        if (!_policies.TryGetValue(school.Brin, out var cached) || cached.Until <= now)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<SchoolPolicyRow>(
                new CommandDefinition(SignaleringSql.SchoolPolicy, new { school.Brin }, cancellationToken: cancellationToken));
            cached = (row?.ToPolicy(), now.AddSeconds(options.Value.ContextCacheSeconds));
            _policies[school.Brin] = cached;
        }

        return new MeldingContext(rules.Calendar, rules.Settings.Meldingen, cached.Policy, _timeZone);
    }

    /// <summary>Forgets a school's cached context, e.g. after it published a new calendar.</summary>
    public void Forget(string brin)
    {
        foreach (var key in _cache.Keys.Where(k => k.Item1.Brin == brin))
        {
            _cache.TryRemove(key, out _);
        }

        _policies.TryRemove(brin, out _);
    }
}
