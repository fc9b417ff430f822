"""A grouped bar chart on a logarithmic axis, as a standalone SVG file (Python standard library only)."""
import math
from xml.sax.saxutils import escape

COLORS = ["#d9480f", "#1c7ed6", "#5c940d", "#862e9c"]


def write_grouped_log_bars(path, title, subtitle, groups, label, axis_label=None):
    """groups: [(group name, [(series name, value or None), ...]), ...]; label(value) -> text on the bar;
    axis_label(decade) -> text on the axis (default: label)."""
    axis_label = axis_label or label
    series = [name for name, _ in groups[0][1]] if groups else []
    values = [v for _, bars in groups for _, v in bars if v]
    if not values:
        values = [1.0, 10.0]
    lo = 10 ** math.floor(math.log10(min(values)))
    hi = 10 ** math.ceil(math.log10(max(values)))
    if hi <= lo:
        hi = lo * 10
    left, right, top, bottom = 90, 30, 80, 110
    bar_w, gap, group_gap = 26, 4, 34
    group_w = len(series) * (bar_w + gap) - gap
    width = left + right + len(groups) * group_w + (len(groups) + 1) * group_gap
    height = 460
    plot_h = height - top - bottom
    span = math.log10(hi) - math.log10(lo)

    def y(v):
        return top + plot_h - (math.log10(v) - math.log10(lo)) / span * plot_h

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'font-family="Helvetica, Arial, sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">{escape(title)}</text>',
           f'<text x="{width / 2}" y="44" text-anchor="middle" fill="#555">{escape(subtitle)}</text>']
    # Decades: grid lines and labels.
    decade = lo
    while decade <= hi * 1.0001:
        yy = y(decade)
        out.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{width - right}" y2="{yy:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{yy + 4:.1f}" text-anchor="end" fill="#333">{escape(axis_label(decade))}</text>')
        decade *= 10
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#333"/>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#333"/>')
    x = left + group_gap
    for name, bars in groups:
        for i, (_, v) in enumerate(bars):
            bx = x + i * (bar_w + gap)
            if v:
                by = y(v)
                out.append(f'<rect x="{bx}" y="{by:.1f}" width="{bar_w}" height="{top + plot_h - by:.1f}" fill="{COLORS[i % len(COLORS)]}"/>')
                # The value reads upwards along the bar: inside its top when the bar is tall enough, else above it.
                inside = top + plot_h - by > 62
                ty = by + 4 if inside else by - 4
                anchor = "end" if inside else "start"
                out.append(f'<text x="{bx + bar_w / 2 + 4:.1f}" y="{ty:.1f}" text-anchor="{anchor}" font-size="10" '
                           f'transform="rotate(-90 {bx + bar_w / 2 + 4:.1f} {ty:.1f})">{escape(label(v))}</text>')
            else:
                out.append(f'<text x="{bx + bar_w / 2}" y="{top + plot_h - 6}" text-anchor="middle" font-size="10" fill="#999">n/a</text>')
        words = name.split(" ")
        lines, line = [], ""
        for w in words:
            if len(line) + len(w) > 16 and line:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
        for k, text in enumerate(lines):
            out.append(f'<text x="{x + group_w / 2}" y="{top + plot_h + 18 + 14 * k}" text-anchor="middle">{escape(text)}</text>')
        x += group_w + group_gap
    # Legend.
    lx = left
    for i, s in enumerate(series):
        out.append(f'<rect x="{lx}" y="{height - 28}" width="14" height="14" fill="{COLORS[i % len(COLORS)]}"/>')
        out.append(f'<text x="{lx + 20}" y="{height - 16}">{escape(s)}</text>')
        lx += 30 + 8 * len(s)
    out.append('<text x="18" y="{0}" transform="rotate(-90 18 {0})" text-anchor="middle" fill="#333">time per run</text>'.format(top + plot_h / 2))
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
