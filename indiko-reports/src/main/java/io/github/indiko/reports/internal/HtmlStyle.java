package io.github.indiko.reports.internal;

/**
 * The style sheet of every page: system fonts, colours of at least 4.5:1 on their background,
 * tables and figures that do not break across printed A4 pages, and no page wider than its window.
 *
 * <p>A word longer than its line is broken anywhere ({@code overflow-wrap: anywhere}) in every
 * text block, in every text from data ({@code <bdi>}, in table cells too) and in row headers.
 * Table cells do not take it as a whole: it removes every cell's minimum width, and the table
 * layout would then break numbers and interface words ("42,9/10|0") to fit; a cell with a text
 * from data, or a row header, keeps at least 8em so that its words stay whole. A table wider
 * than the page scrolls in its own region.
 */
final class HtmlStyle {
  static final String CSS =
      """
      :root{color:#1a1a1a;background:#fff;font-family:system-ui,-apple-system,"Segoe UI",\
      Roboto,"Noto Sans","DejaVu Sans",sans-serif;line-height:1.45}
      body{margin:0}
      .skip{position:absolute;left:-999em;top:0;background:#fff;color:#0b4f9c;padding:.5em}
      .skip:focus{left:1em}
      header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
      header{border-bottom:2px solid #1f4e79;padding-top:.5rem}
      header .context{margin:.25rem 0;color:#404040}
      nav ul{list-style:none;margin:.25rem 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
      a{color:#0b4f9c}
      a:focus,.table:focus{outline:3px solid #1f4e79;outline-offset:2px}
      h1{font-size:1.6rem;color:#1f4e79;margin:1rem 0 .5rem}
      h2{font-size:1.3rem;color:#1f4e79;border-bottom:1px solid #c8d3df;margin-top:2rem}
      h3{font-size:1.1rem;margin-top:1.5rem}
      .facts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0}
      .facts div{min-width:9rem}
      .facts dt{font-size:.85rem;color:#404040}
      .facts dd{margin:0;font-size:1.15rem;font-weight:600}
      .table{overflow-x:auto}
      table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums;max-width:100%}
      caption{text-align:left;font-weight:600;padding:.25rem 0}
      th,td{border:1px solid #b8c4d0;padding:.2rem .45rem;text-align:left;vertical-align:top}
      th,td{overflow-wrap:break-word}
      h1,h2,h3,p,li,dt,dd,caption,figcaption,code,bdi,th[scope=row]{overflow-wrap:anywhere}
      th[scope=row],td:has(bdi){min-width:8em}
      thead th{background:#e8eef5}
      tbody tr:nth-child(even){background:#f6f8fa}
      figure{margin:1rem 0;padding:.5rem;border:1px solid #c8d3df}
      figcaption{font-weight:600}
      svg{display:block;width:100%;height:auto;max-width:100%}
      .badge{display:inline-block;padding:0 .35em;border:1px solid currentColor;border-radius:3px}
      .fail{color:#8b0000;background:#fdecec}
      .ok{color:#1d5e20}
      .note{color:#404040;font-style:italic}
      .provisional{border:2px solid #8a4b00;background:#fff4e5;color:#5c3200;padding:.5rem .75rem}
      .texts li{margin:.15rem 0;white-space:pre-wrap}
      .actions li{margin:.25rem 0}
      footer{margin-top:2rem;border-top:1px solid #c8d3df;color:#404040;font-size:.85rem}
      @page{size:A4;margin:15mm}
      @media print{
      :root{font-size:10pt}
      .skip,nav{display:none}
      header,main,footer{max-width:none;padding:0}
      a{color:#1a1a1a;text-decoration:none}
      figure,tr,.facts,li{break-inside:avoid;page-break-inside:avoid}
      h2,h3{break-after:avoid;page-break-after:avoid}
      thead{display:table-header-group}
      .table{overflow:visible}
      }
      """;

  private HtmlStyle() {}
}
