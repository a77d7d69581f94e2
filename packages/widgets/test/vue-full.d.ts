// Vue's full build (runtime + template compiler), used by the Vue example to compile its template in the browser.
declare module "vue/dist/vue.esm-bundler.js" {
  export * from "vue"
}
