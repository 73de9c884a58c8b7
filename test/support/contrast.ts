/**
 * A script for `page.evaluate` in the browser tests: the text contrast ratio (WCAG 2
 * relative luminance) of every element matching `selector` against the first opaque
 * background behind it.
 */
export function contrastsScript(selector: string): string {
  return `(() => {
  const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const luminance = (rgb) => { const [r, g, b] = rgb.match(/[\\d.]+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
  const background = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
    }
    return "rgb(255, 255, 255)";
  };
  return [...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => {
    const x = luminance(getComputedStyle(element).color);
    const y = luminance(background(element));
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  });
})()`;
}
