namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>A clock the test moves by hand; timers stay real.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
