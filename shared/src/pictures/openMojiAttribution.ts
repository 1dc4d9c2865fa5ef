/**
 * The credit OpenMoji's licence (CC BY-SA 4.0) asks for wherever its pictures
 * are used. Show `text` on the About page, linking the project and licence.
 */
export const openMojiAttribution = {
  text: 'All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0',
  projectName: 'OpenMoji',
  projectUrl: 'https://openmoji.org/',
  licenceName: 'CC BY-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const
