namespace Authing.Emulator.Social;

/// <summary>A social login provider Authing offers.</summary>
public sealed record SocialProvider(string Type, string Name, string Description)
{
    /// <summary>The providers the emulator lists; none is configured, so none is enabled.</summary>
    public static IReadOnlyList<SocialProvider> All { get; } =
    [
        new("github", "GitHub", "GitHub 登录"),
        new("wechat:pc", "微信", "微信扫码登录"),
        new("wechat:mobile", "微信移动端", "微信移动应用登录"),
        new("qq", "QQ", "QQ 登录"),
        new("weibo", "微博", "新浪微博登录"),
        new("dingtalk", "钉钉", "钉钉扫码登录"),
        new("alipay", "支付宝", "支付宝登录"),
        new("google", "Google", "Google 登录"),
    ];

    /// <summary>The provider's icon.</summary>
    public string Image => $"https://usercontents.authing.cn/oauth/{Type.Replace(':', '-')}.png";
}
