namespace Authing.Emulator.Verification;

/// <summary>Who a code was sent to, in which pool, for what.</summary>
internal sealed record CodeTarget(string PoolId, string Address, string Purpose);
