// natural ships no declaration for its subpath modules; rasd imports only this one (never the
// package root, which loads a .env file, prints to stdout and pulls in 77 MB).
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function jaroWinklerDistance(
    s1: string,
    s2: string,
    options?: { ignoreCase?: boolean },
  ): number;
}
