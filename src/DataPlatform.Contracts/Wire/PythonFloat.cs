using System.Globalization;
using System.Text;

namespace DataPlatform.Contracts.Wire;

/// <summary>Formats a double as Python's <c>float.__repr__</c> (which <c>json.dumps</c> uses).</summary>
internal static class PythonFloat
{
    public static void Append(StringBuilder text, double value)
    {
        if (double.IsNaN(value)) { text.Append("NaN"); return; }
        if (double.IsPositiveInfinity(value)) { text.Append("Infinity"); return; }
        if (double.IsNegativeInfinity(value)) { text.Append("-Infinity"); return; }
        if (value == 0)
        {
            text.Append(double.IsNegative(value) ? "-0.0" : "0.0");
            return;
        }

        // "R" gives the shortest digits that round-trip, the same digits Python's repr picks;
        // only the layout differs, so take the digits and the exponent and lay them out again.
        Span<char> digits = stackalloc char[32];
        var digitCount = 0;
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var pointPosition = -1;
        var i = 0;
        if (shortest[0] == '-') { text.Append('-'); i = 1; }
        for (; i < shortest.Length; i++)
        {
            var c = shortest[i];
            if (c == '.') { pointPosition = digitCount; continue; }
            if (c == 'E' || c == 'e')
            {
                exponent = int.Parse(shortest.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            digits[digitCount++] = c;
        }
        if (pointPosition < 0) pointPosition = digitCount;

        // Normalise to digits d1 d2 ... dn with the decimal point after d1 times 10^exp10.
        var leadingZeros = 0;
        while (leadingZeros < digitCount - 1 && digits[leadingZeros] == '0') leadingZeros++;
        var significant = digits.Slice(leadingZeros, digitCount - leadingZeros);
        var trailing = significant.Length;
        while (trailing > 1 && significant[trailing - 1] == '0') trailing--;
        significant = significant.Slice(0, trailing);
        var exp10 = exponent + pointPosition - leadingZeros - 1;

        if (exp10 < -4 || exp10 >= 16)
        {
            text.Append(significant[0]);
            if (significant.Length > 1) text.Append('.').Append(significant.Slice(1));
            text.Append('e').Append(exp10 < 0 ? '-' : '+');
            var magnitude = Math.Abs(exp10);
            if (magnitude < 10) text.Append('0');
            text.Append(magnitude);
            return;
        }

        if (exp10 < 0)
        {
            text.Append("0.").Append('0', -exp10 - 1).Append(significant);
            return;
        }

        var integerDigits = exp10 + 1;
        if (significant.Length <= integerDigits)
        {
            text.Append(significant).Append('0', integerDigits - significant.Length).Append(".0");
            return;
        }
        text.Append(significant.Slice(0, integerDigits)).Append('.').Append(significant.Slice(integerDigits));
    }
}
