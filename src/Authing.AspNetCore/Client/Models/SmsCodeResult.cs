namespace Authing.AspNetCore.Client;

/// <summary>The answer of the SMS endpoints: <c>{"code":200,"message":"发送成功"}</c>.</summary>
public sealed record SmsCodeResult
{
    /// <summary>The code; 200 on success.</summary>
    public int Code { get; init; }

    /// <summary>The message.</summary>
    public string? Message { get; init; }
}
