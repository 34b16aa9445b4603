namespace Authing.LoadHarness.Load;

/// <summary>What a load generator counted in one run.</summary>
/// <param name="Succeeded">Requests answered 200.</param>
/// <param name="Failed">Requests answered otherwise, or not at all.</param>
/// <param name="Elapsed">How long the generator sent requests.</param>
internal sealed record LoadCount(long Succeeded, long Failed, TimeSpan Elapsed);
