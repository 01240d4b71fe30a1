/**
 * The e-paper's one stylesheet, inlined into every page (so the static export needs no other file, and
 * the CSP's style-src 'unsafe-inline' allows it). Plain CSS, not the desk's Tailwind build: the export is
 * written without Next. Red masthead and page rules like the Chinese 数字报 readers know; one column
 * below 900 px, the page picture at the window's width, no horizontal scroll at 390 px.
 */
export const EPAPER_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f1ede4;color:#222;font:15px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
a{color:#0b3d91;text-decoration:none}a:hover{text-decoration:underline}
.ep-top{background:#b5121b;color:#fff;border-bottom:4px solid #7d0c12}
.ep-top-in{max-width:1280px;margin:0 auto;padding:10px 16px;display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 18px}
.ep-brand{color:#fff;font:700 30px/1.1 "Noto Serif CJK SC","Songti SC",serif;letter-spacing:.2em}
.ep-brand small{font-size:16px;letter-spacing:.1em;margin-left:6px;opacity:.9}
.ep-date{font-size:15px;opacity:.95}
.ep-top-links{margin-left:auto;display:flex;gap:14px}
.ep-top a{color:#fff}
.ep-bar{background:#fff;border-bottom:1px solid #d8d0c0}
.ep-bar-in{max-width:1280px;margin:0 auto;padding:6px 16px;display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center}
.ep-bar h1{font-size:17px;margin:0 10px 0 0;color:#7d0c12;font-family:"Noto Serif CJK SC",serif}
.ep-btn{display:inline-block;border:1px solid #c9bfa9;border-radius:3px;background:#faf7f0;padding:2px 10px;font-size:14px;color:#333;white-space:nowrap}
.ep-btn:hover{background:#f3e9d6;text-decoration:none}
.ep-btn[aria-disabled=true]{color:#aaa;pointer-events:none;background:#f5f5f5}
.ep-main{max-width:1280px;margin:0 auto;padding:14px 16px 40px;display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:18px;align-items:start}
.ep-sheet{background:#fff;padding:10px;box-shadow:0 1px 6px rgba(0,0,0,.18)}
.ep-pic{position:relative;line-height:0}
.ep-pic img{width:100%;height:auto;display:block}
.ep-hot{position:absolute;display:block;border:2px solid transparent;border-radius:2px}
.ep-hot:hover,.ep-hot:focus{border-color:#b5121b;background:rgba(181,18,27,.07);text-decoration:none;outline:none}
.ep-hot span{position:absolute;left:0;bottom:100%;display:none;max-width:360px;background:#7d0c12;color:#fff;font-size:14px;line-height:1.4;padding:4px 8px;border-radius:3px;white-space:normal;width:max-content;z-index:2}
.ep-hot:hover span,.ep-hot:focus span{display:block}
.ep-under{display:flex;flex-wrap:wrap;gap:8px;justify-content:center;padding:10px 0 0}
.ep-side{display:flex;flex-direction:column;gap:14px}
.ep-box{background:#fff;border-top:3px solid #b5121b;box-shadow:0 1px 4px rgba(0,0,0,.12)}
.ep-box h2{margin:0;padding:7px 12px;font-size:16px;color:#7d0c12;border-bottom:1px solid #eee4d2;font-family:"Noto Serif CJK SC",serif}
.ep-pages{list-style:none;margin:0;padding:10px;display:grid;grid-template-columns:repeat(auto-fill,minmax(92px,1fr));gap:10px}
.ep-pages a{display:block;text-align:center;font-size:13px;color:#333;line-height:1.35}
.ep-pages img{display:block;width:100%;height:auto;border:1px solid #ccc;margin-bottom:3px;background:#fff}
.ep-pages [aria-current=page]{color:#b5121b;font-weight:700}
.ep-pages [aria-current=page] img{border:2px solid #b5121b}
.ep-titles{list-style:none;margin:0;padding:4px 0}
.ep-titles li{border-bottom:1px dotted #ddd}
.ep-titles a{display:block;padding:7px 12px 7px 26px;position:relative;color:#222}
.ep-titles a::before{content:"";position:absolute;left:12px;top:16px;width:6px;height:6px;background:#b5121b}
.ep-titles small{display:block;color:#777;font-size:12px}
.ep-empty{padding:10px 12px;color:#777}
.ep-cal{width:100%;border-collapse:collapse;table-layout:fixed;font-size:14px}
.ep-cal caption{padding:8px 0;font-weight:700}
.ep-cal th{color:#777;font-weight:400;padding:3px 0}
.ep-cal td{text-align:center;padding:3px 0;color:#aaa}
.ep-cal td a{display:block;margin:0 3px;border-radius:3px;background:#b5121b;color:#fff;font-weight:700}
.ep-cal td a:hover{background:#7d0c12;text-decoration:none}
.ep-cal td.ep-today a{outline:2px solid #333}
.ep-cal-nav{display:flex;justify-content:space-between;padding:0 10px 10px;font-size:14px}
.ep-archive{max-width:520px;margin:20px auto;padding:0 16px}
.ep-article{max-width:820px;margin:18px auto 40px;background:#fff;padding:26px 40px 34px;box-shadow:0 1px 6px rgba(0,0,0,.15)}
.ep-article .ep-where{font-size:14px;color:#555;border-bottom:1px solid #eee;padding-bottom:8px;margin:0 0 18px;display:flex;flex-wrap:wrap;gap:4px 14px}
.ep-kicker{text-align:center;font-size:17px;color:#444;margin:0}
.ep-article h1{text-align:center;font:700 30px/1.35 "Noto Serif CJK SC","Songti SC",serif;margin:6px 0;color:#111}
.ep-sub{text-align:center;font-size:18px;color:#444;margin:0 0 8px}
.ep-byline{text-align:center;color:#555;font-size:14px;margin:10px 0 20px}
.ep-byline p{margin:0}
.ep-body p{text-indent:2em;margin:0 0 .9em;font-size:17px;line-height:1.9;text-align:justify}
.ep-dateline{font-weight:700}
.ep-sidebar{border:1px solid #d9c9a8;background:#fbf6ea;padding:10px 16px;margin:18px 0}
.ep-sidebar h2{font-size:16px;margin:0 0 6px;color:#7d0c12}
.ep-sidebar p{text-indent:2em;margin:0 0 .6em;font-size:16px;line-height:1.8}
.ep-correction{border:1px solid #e0a8a8;background:#fff3f3;color:#7d0c12;padding:8px 14px;margin:0 0 18px;font-size:15px}
.ep-correction strong{margin-right:6px}
.ep-jump{display:none}
.ep-search{display:flex;gap:4px;align-items:center}
.ep-search input{font:inherit;font-size:14px;padding:2px 8px;border:1px solid #c9bfa9;border-radius:3px;width:14em;max-width:100%;min-width:0;background:#fff;color:#222}
.ep-search button{font:inherit;font-size:14px;padding:2px 10px;border:1px solid #c9bfa9;border-radius:3px;background:#faf7f0;color:#333;cursor:pointer}
.ep-top .ep-search input{border-color:#7d0c12}
.ep-results{max-width:860px;margin:18px auto 40px;padding:0 16px}
.ep-results h1{margin:0;padding:8px 14px;font:700 20px/1.4 "Noto Serif CJK SC","Songti SC",serif;color:#7d0c12;border-bottom:1px solid #eee4d2}
.ep-results-in{padding:12px 14px 16px}
.ep-results .ep-search input{flex:1;width:auto;font-size:16px;padding:5px 10px}
.ep-results .ep-search button{font-size:16px;padding:5px 16px;background:#b5121b;border-color:#7d0c12;color:#fff}
.ep-results .ep-search{flex-wrap:wrap}
.ep-dates{display:flex;gap:4px 10px;flex-wrap:wrap;align-items:center;font-size:14px;color:#555}
.ep-results .ep-search .ep-dates input{flex:none;width:auto;font-size:14px;padding:4px 6px}
.ep-count{color:#555;font-size:14px;margin:12px 0 4px}
.ep-capped{color:#8a5a00}
.ep-error{border:1px solid #e0a8a8;background:#fff3f3;color:#7d0c12;padding:8px 14px;margin:0 0 12px}
.ep-hits{list-style:none;margin:0;padding:0}
.ep-hits li{border-bottom:1px dotted #d8d0c0;padding:12px 0}
.ep-hit-title{font:700 18px/1.45 "Noto Serif CJK SC","Songti SC",serif;color:#0b3d91;overflow-wrap:anywhere}
.ep-hit-snippet{margin:4px 0 2px;font-size:15px;line-height:1.7;color:#333;overflow-wrap:anywhere}
.ep-hit-where{margin:0;font-size:13px;color:#777}
.ep-hits mark{background:#fde68a;color:inherit;padding:0 1px}
.ep-paging{display:flex;justify-content:center;align-items:center;gap:14px;padding:14px 0 0;font-size:14px}
.ep-foot{text-align:center;color:#777;font-size:13px;padding:18px 16px 70px}
@media (max-width:900px){
  .ep-main{grid-template-columns:minmax(0,1fr);padding:8px 8px 40px;gap:12px}
  .ep-sheet{padding:4px}
  .ep-brand{font-size:24px}
  .ep-top-links{margin-left:0;flex-wrap:wrap;align-items:center;gap:8px 14px}
  .ep-top .ep-search input{width:11em}
  .ep-results{margin:8px auto 30px;padding:0 8px}
  .ep-pages{grid-template-columns:repeat(auto-fill,minmax(72px,1fr))}
  .ep-article{padding:16px 16px 24px;margin:8px}
  .ep-article h1{font-size:24px}
  .ep-body p{font-size:17px}
  .ep-hot span{display:none!important}
  .ep-jump{display:block;position:fixed;right:12px;bottom:14px;z-index:5;background:#b5121b;color:#fff;border-radius:20px;padding:9px 16px;box-shadow:0 2px 8px rgba(0,0,0,.3);font-size:15px}
  .ep-jump:hover{text-decoration:none}
}
`;
