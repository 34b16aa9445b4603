namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>A clock that moves only when a test advances it.</summary>
internal sealed class FakeTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly Lock gate = new();
    private DateTimeOffset now = Start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }
}
