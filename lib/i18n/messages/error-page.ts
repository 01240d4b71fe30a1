/**
 * The error page's words, in a file of their own: app/global-error.tsx shows them in both languages with no
 * catalogue provider, and importing the whole catalogues there put both into every page's JavaScript.
 */
export const errorPageZhCN = {
  title: "出错了",
  body: "页面没能显示出来，请重试。",
  retry: "重试",
};

export const errorPageEn: typeof errorPageZhCN = {
  title: "Something went wrong",
  body: "The page could not be shown. Please try again.",
  retry: "Try again",
};
