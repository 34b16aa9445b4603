namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>A clock that runs with the system clock, plus whatever a test has advanced it by.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long shiftTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);
}
